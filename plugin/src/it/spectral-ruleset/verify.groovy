// The ruleset's rule runs as spectral/<name> at the spec's line and gates the build like a built-in rule; the
// custom JavaScript function it cannot run is one warning at the ruleset's line, never silently dropped.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] openapi.yaml:11:7 [spectral/operation-summary-capitalised] summary `find a parcel` must start with a capital letter')
assert log =~ /\[WARNING\] .*company\.spectral\.yaml:15:7: spectral\/company-custom uses the custom function `companyCheck`/
assert log.contains('BUILD FAILURE')
true
