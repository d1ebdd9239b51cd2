def log = new File(basedir, 'build.log').text
assert log.contains('evtlint:check')
for (parameter in ['sourceDirectories', 'includes', 'excludes', 'pgVersion', 'failOnSeverity', 'maxAllowedFindings',
                   'outputFile', 'outputFormats', 'consoleOutput', 'configFile', 'baseline', 'skip']) {
    assert log.contains("User property: evtlint.$parameter"), parameter
}
