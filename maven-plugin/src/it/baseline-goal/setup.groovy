// The baseline's URIs are relative to the repository root.
new File(basedir, '.git').mkdirs()
