import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// The log shows paths relative to the module, like the compiler does.
assert log =~ /(?m)^\[ERROR\] src\/main\/sql\/V1__login\.sql:3:3: error: .* \[EVT101 login-write-without-recovery-guard\]$/

def sarif = new JsonSlurper().parse(new File(basedir, 'db/target/evtlint.sarif'))
def location = sarif.runs[0].results[0].locations[0].physicalLocation
// SARIF is relative to the repository root, where GitHub code scanning looks for the file.
assert location.artifactLocation.uri == 'db/src/main/sql/V1__login.sql'
assert location.artifactLocation.uriBaseId == '%SRCROOT%'
assert !new File(basedir, 'target/evtlint.sarif').exists()
