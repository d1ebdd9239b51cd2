import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] evtlint: No findings in 1 file')
assert log =~ /(?m)^\[ERROR\] src\/main\/sql\/V1__login\.sql:7:40: error: .* \[EVT104 feature-needs-newer-postgresql\]$/
assert log.findAll(/\[EVT\d{3} /).size() == 1

// The report of the last run, for PostgreSQL 16.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/evtlint.sarif'))
assert sarif.runs[0].results*.ruleId == ['EVT104']
