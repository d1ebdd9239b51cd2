// The search for evtlint.toml stops at the repository root.
new File(basedir, '.git').mkdirs()
