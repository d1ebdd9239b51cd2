import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] src\/main\/resources\/db\/migration\/V1__login\.sql:3:3: error: INSERT in login function log_connection\(\) .* \[EVT101 login-write-without-recovery-guard\]$/
assert log.contains('evtlint: 1 finding at or above error, more than maxAllowedFindings (0)')
assert log.contains('[INFO] evtlint: skipped')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/evtlint.sarif'))
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'EVT101'
def location = results[0].locations[0].physicalLocation
assert location.artifactLocation.uri == 'src/main/resources/db/migration/V1__login.sql'
assert location.artifactLocation.uriBaseId == '%SRCROOT%'
assert location.region.startLine == 3
assert location.region.startColumn == 3
