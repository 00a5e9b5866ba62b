# A realistic invoice email: HTML and text alternatives plus a CSV attachment.
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import formatdate
import csv
import io

items = [('Widget', 3, 4.5), ('Gadget', 1, 19.99), ('Gizmo', 10, 0.35)]
total = sum(q * p for _, q, p in items)
buf = io.StringIO()
w = csv.writer(buf, lineterminator='\n')
w.writerow(['item', 'qty', 'price'])
w.writerows(items)

msg = EmailMessage()
msg['From'] = Address('Billing', 'billing', 'shop.example')
msg['To'] = Address('Customer Name', 'customer', 'example.com')
msg['Subject'] = 'Invoice #2024-0042 (total %.2f EUR)' % total
msg['Date'] = formatdate(1714550400, usegmt=True)
msg.set_content('Your invoice total is %.2f EUR.\n' % total)
rows = ''.join('<tr><td>%s</td><td>%d</td><td>%.2f</td></tr>' % it for it in items)
msg.add_alternative('<table>%s</table>\n' % rows, subtype='html')
msg.add_attachment(buf.getvalue(), subtype='csv', filename='invoice-2024-0042.csv')
msg.set_boundary('inv-outer')
msg.get_payload(0).set_boundary('inv-alt')
print(msg.as_string())
