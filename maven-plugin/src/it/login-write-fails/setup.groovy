// A project in a repository of its own: SARIF URIs are relative to it.
new File(basedir, '.git').mkdirs()
