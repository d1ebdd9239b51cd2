import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// Only the new finding is reported and counted; the one in the baseline is not, though it moved.
assert log =~ /(?m)^\[ERROR\] src\/main\/sql\/V2__count_logins\.sql:3:3: error: UPDATE .* \[EVT101 login-write-without-recovery-guard\]$/
assert !log.contains('V1__login.sql:4:3')
assert log.contains('evtlint: 1 finding (1 error) in 2 files; 1 unchanged from the baseline')
assert log.contains('evtlint: 1 finding at or above error, more than maxAllowedFindings (0)')
assert log.contains('evtlint: missing.sarif: cannot read the baseline: no such file -> [Help 1]')

def results = new JsonSlurper().parse(new File(basedir, 'target/evtlint.sarif')).runs[0].results
assert results*.locations*.physicalLocation*.artifactLocation*.uri.flatten() == ['src/main/sql/V2__count_logins.sql']
