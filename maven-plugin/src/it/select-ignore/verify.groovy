def log = new File(basedir, 'build.log').text
// Run 1: EVT101 selected but ignored by its name; run 2: ignoring another rule lets it fail the build.
assert log.contains('evtlint: No findings in 1 file')
assert log.findAll(/(?m)^\[ERROR\] src\/main\/sql\/V1__login\.sql:3:3: error: .*\[EVT101 login-write-without-recovery-guard\]$/).size() == 1
assert log.contains('evtlint: 2 findings at or above error, more than maxAllowedFindings (0)')
// Run 3: a rule that does not exist is a mistake in the POM, not a check of nothing.
assert log.contains('evtlint: unknown rule \'EVT999\'; \'evtlint rules\' lists them')
