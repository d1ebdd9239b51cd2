import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] evtlint: No findings in 1 file')
assert !(log =~ /EVT\d{3}/)

def sarif = new JsonSlurper().parse(new File(basedir, 'target/evtlint.sarif'))
assert sarif.runs[0].results == []
assert sarif.runs[0].tool.driver.rules.any { it.id == 'EVT101' }
