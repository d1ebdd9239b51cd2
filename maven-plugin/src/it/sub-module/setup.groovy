// The repository is the parent project's folder, above the module that runs the check.
new File(basedir, '.git').mkdirs()
