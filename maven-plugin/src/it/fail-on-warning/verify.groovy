def log = new File(basedir, 'build.log').text
def finding = ~/(?m)^\[WARNING\] src\/main\/resources\/db\/migration\/V1__night_logins\.sql:4:5: warning: RAISE EXCEPTION in login function no_night_logins\(\) .* \[EVT102 login-trigger-can-lock-out\]$/
assert log.findAll(finding).size() == 2
assert log.contains('evtlint: 1 finding at or above warning, more than maxAllowedFindings (0)')
assert !log.contains('at or above error')
