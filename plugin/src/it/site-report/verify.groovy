// The module pages: the summary, the scorecard and each finding with its rule, location and message.
def billing = new File(basedir, 'billing-api/target/site/goalpost.html')
assert billing.isFile() : 'no Goalpost page in billing-api\'s site'
def page = billing.text
assert page.contains('2 errors, 0 warnings in 1 spec')
assert page.contains('core/operation-id-unique')
assert page.contains('billing-api/src/main/openapi/openapi.yaml:15:20') || page.contains('src/main/openapi/openapi.yaml:15:20')
assert page.contains('operationId `listInvoices` is already used by GET /invoices')
assert page.contains('Rules passed')
def orders = new File(basedir, 'orders-api/target/site/goalpost.html').text
assert orders.contains('0 errors, 0 warnings in 1 spec (reach)')
assert orders.contains('No findings.')

// The aggregate page on the top project's site: a section per module.
def aggregate = new File(basedir, 'target/site/goalpost-aggregate.html')
assert aggregate.isFile() : 'no aggregate page'
def all = aggregate.text
assert all.contains('orders-api') && all.contains('billing-api')
assert all.contains('operationId `listInvoices` is already used by GET /invoices')
// the site links the report from its pages (menu or report overview)
def linking = new File(basedir, 'target/site').listFiles().findAll { it.name.endsWith('.html') && it.name != 'goalpost-aggregate.html' }
assert linking.any { it.text.contains('goalpost-aggregate.html') }

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
true
