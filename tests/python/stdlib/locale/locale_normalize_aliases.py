# locale.normalize: X11 alias table lookups with and without encoding and modifier, the @euro
# modifier, encodings spelled as the C library spells them, and names it does not know kept as given.
import locale
names = ["en_us", "en_US", "de", "C", "fr_FR.utf8", "en_us.iso88591", "japanese", "pt_br", "zh_tw.big5",
         "de_DE@euro", "de_de.iso-8859-1@euro", "en_US.UTF-8", "fr_fr.latin9", "ru_ru.koi8-r", "sr_rs@latin",
         "ca_es@valencia", "en", "xx_YY", "de_DE.cp1252", "it_IT.ISO-8859-15@euro", "POSIX", "en_gb.utf-8@euro",
         "ja_jp.sjis", "ko_kr.euc-kr", "el_gr.iso-8859-7", "sr@latn", "uz_uz@cyrillic", "english_united-states.437",
         "tr_tr.iso8859-9", "zh_CN.GB2312", "nl_be@euro", "de_at.utf8@euro", "ar_aa", "be_by@latin", "ka_ge.georgianps",
         "en_US.ascii", "C.UTF-8", "c.utf8", "fr:fr", "en_us.iso_8859-15", "de_DE.ISO_8859-1", "es_es.macroman"]
for n in names:
    print(n, "->", locale.normalize(n))
print(len(locale.locale_alias), locale.locale_encoding_alias["utf8"])
