def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] sql\/functions\/audit\.pgsql:3:3: error: .* \[EVT101 login-write-without-recovery-guard\]$/
assert !log.contains('legacy')
assert log =~ /\[INFO\] evtlint: \d+ findings? \(.*\) in 2 files/
