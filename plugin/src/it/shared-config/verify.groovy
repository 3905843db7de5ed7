// Every invocation appends to build.log; split it per Maven run to check each in turn.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 2 : "expected 2 Maven runs, found ${runs.size()}"

// 1. At the root: orders-api takes the root's goalpost.yaml (the list is a warning), billing-api the company's
//    from the jar (default goal reach; the list is an info); each module names the configuration it used.
def first = runs[0]
assert first.contains('[INFO] Goalpost: configuration goalpost.yaml')
assert first.contains('[WARNING] orders-api/src/main/openapi/openapi.yaml:10:5 [reach/list-paginated]')
assert first =~ /\[INFO\] Goalpost: configuration jar:file:.*company-config.*!\/company\/goalpost\.yaml/
assert first.contains('[INFO] billing-api/src/main/openapi/openapi.yaml:9:5 [reach/list-paginated]')
assert !first.contains('[core/business-goal-missing]')
assert first.contains('BUILD SUCCESS')

// 2. Started in orders-api: the same file (found in the parent folder) and the same finding.
def second = runs[1]
assert second =~ /\[INFO\] Goalpost: configuration .*shared-config[\/\\]goalpost\.yaml/
assert second.contains('[WARNING] src/main/openapi/openapi.yaml:10:5 [reach/list-paginated]')
assert second.contains('BUILD SUCCESS')
true
