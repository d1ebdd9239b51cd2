import groovy.json.JsonSlurper

// The snippet alone: check runs in verify, on the Flyway folder, and fails the build on an error.
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] src\/main\/resources\/db\/migration\/V1__login\.sql:5:3: error: .* \[EVT101 login-write-without-recovery-guard\]$/
def sarif = new JsonSlurper().parse(new File(basedir, 'target/evtlint.sarif'))
assert sarif.runs[0].results*.ruleId.contains('EVT101')
