def log = new File(basedir, 'build.log').text
assert log.contains("evtlint: failOnSeverity: 'fatal' is not one of error, warning, note, never -> [Help 1]")
assert log =~ /evtlint: source directory \S*no\/such\/folder does not exist -> \[Help 1\]/
assert log =~ /evtlint: cannot write \S*pom\.xml\/evtlint\.sarif: \S*pom\.xml is not a directory -> \[Help 1\]/
// A user's mistake is one line, never a stack trace.
assert !log.contains('\tat ') && !log.contains('    at ')
