// Every run must have run the tests, on the JUnit it asked for.
def reports = new File(basedir, 'target/surefire-reports')
assert reports.isDirectory() : 'no surefire reports'
def xml = new File(reports, 'TEST-com.example.users.FirstTest.xml')
assert xml.isFile() : 'FirstTest did not run'
def text = xml.text
assert text.contains('tests="1"') && text.contains('failures="0"') && text.contains('errors="0"') && text.contains('skipped="0"')
def srp = new File(reports, 'TEST-com.example.users.SrpSignInTest.xml')
assert srp.isFile() : 'SrpSignInTest did not run'
assert srp.text.contains('tests="1"') && srp.text.contains('failures="0"') && srp.text.contains('errors="0"')
