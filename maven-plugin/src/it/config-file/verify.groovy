def log = new File(basedir, 'build.log').text
def finding = ~/(?m)^\[WARNING\] src\/main\/sql\/V1__login\.sql:3:3: warning: .* \[EVT101 login-write-without-recovery-guard\]$/
// Twice a warning: from evtlint.toml, then from strict.toml, where a warning fails the build.
assert log.findAll(finding).size() == 2
assert log.contains('evtlint: 1 finding at or above warning, more than maxAllowedFindings (0)')
assert log =~ /evtlint: broken\.toml:2:1: unknown key 'selct'.* -> \[Help 1\]/
