# A multipart/mixed message with a fixed boundary, text and an attachment.
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication

outer = MIMEMultipart(boundary='==BOUNDARY-42==')
outer['Subject'] = 'Quarterly report'
outer['From'] = 'reports@example.com'
outer['To'] = 'team@example.com'
outer.preamble = 'You will not see this in a MIME-aware mail reader.'
outer.epilogue = ''
outer.attach(MIMEText('Please find the report attached.\n'))
pdf = MIMEApplication(b'%PDF-1.4 fake pdf content ' * 4, 'pdf')
pdf.add_header('Content-Disposition', 'attachment', filename='report.pdf')
outer.attach(pdf)
print(outer.as_string())
print([part.get_content_type() for part in outer.walk()])
print(outer.get_boundary(), len(outer.get_payload()))
