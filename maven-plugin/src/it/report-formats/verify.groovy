import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// Workflow commands must start their line: Maven's "[ERROR] " in front would hide them from the runner.
assert log.findAll(/(?m)^::error file=src\/main\/sql\/V1__login\.sql,line=3,/).size() == 1
assert log.findAll(/(?m)^::error file=src\/main\/sql\/V1__login\.sql,line=4,/).size() == 1

def target = new File(basedir, 'target')
assert new JsonSlurper().parse(new File(target, 'evtlint.sarif')).runs[0].results.size() == 2
assert new JsonSlurper().parse(new File(target, 'evtlint.json')).summary.findings == 2
assert new File(target, 'evtlint.txt').text.startsWith('src/main/sql/V1__login.sql:3:3: error: ')
assert target.list().findAll { it.startsWith('evtlint') }.sort() == ['evtlint.json', 'evtlint.sarif', 'evtlint.txt']
