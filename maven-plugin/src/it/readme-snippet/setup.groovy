// README.md's Maven plugin snippet, as a user copies it into a project of their own. Its version is
// the last release's (scripts/set-version.sh): the build runs the version under test instead.
def readme = new File(basedir, '../../../../README.md')
assert readme.isFile() : "no README.md at $readme"
def snippet = readme.text =~ /(?s)```xml\n(<plugin>\s*<groupId>dev\.evtlint<\/groupId>\s*<artifactId>evtlint-maven-plugin<\/artifactId>.*?<\/plugin>)\n```/
assert snippet.find() : 'README.md has no Maven plugin snippet'
def plugin = snippet.group(1).replaceFirst(/<version>[^<]*<\/version>/, '<version>\\${evtlint.version}</version>')
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('<!-- README.md: the Maven plugin snippet -->', plugin)
true // the hook's result: the set-up succeeded
