import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('evtlint: 2 findings (2 errors) in 1 file; baseline written to ')
assert new JsonSlurper().parse(new File(basedir, 'evtlint-baseline.sarif')).runs[0].results.size() == 2
// The check that follows reports nothing new and passes.
assert log.contains('evtlint: No findings in 1 file; 2 unchanged from the baseline')
