import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.findAll('evtlint: 2 findings \\(2 errors\\) in 1 file').size() == 2
// consoleOutput false: the findings appear once, from the build they failed.
assert log.findAll(/(?m)^\[ERROR\] src\/main\/sql\/V1__login\.sql:3:3: error: .*\[EVT101 login-write-without-recovery-guard\]$/).size() == 1
assert log.findAll(/(?m)^\[ERROR\] src\/main\/sql\/V1__login\.sql:4:3: error: .*\[EVT101 login-write-without-recovery-guard\]$/).size() == 1
assert log.contains('evtlint: 2 findings at or above error, more than maxAllowedFindings (1)')

def target = new File(basedir, 'target')
assert new JsonSlurper().parse(new File(target, 'evtlint.sarif')).runs[0].results.size() == 2
assert new JsonSlurper().parse(new File(target, 'evtlint.json')).summary.findings == 2
assert new File(target, 'evtlint.txt').text.startsWith('src/main/sql/V1__login.sql:3:3: error: ')
