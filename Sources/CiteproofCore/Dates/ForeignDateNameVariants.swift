extension ForeignDateNames {
    /// Spellings CLDR does not carry, added by hand. ICU's table (`icuTable`) has the Modern
    /// Standard Arabic, Persian, Russian, Ukrainian, French, German, Spanish and Turkish names
    /// and the Hijri months in Arabic, Persian and one transliteration; these are the rest
    /// that the sources cited in our drafts write.
    static let variants: [Row] = levantineIraqi + maghreb + arabicSpellings + hijriArabic + hijriTransliterated
        + persianSpellings + europeanSpellings

    /// Levantine and Iraqi (Syriac-derived) Gregorian month names.
    static let levantineIraqi: [Row] = [
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
        "تشرين الثاني", "كانون الأول",
    ].enumerated().map { Row("ar", .gregorian, .month, $0.offset + 1, $0.element) }
        + [Row("ar", .gregorian, .month, 12, "كانون الاول"), Row("ar", .gregorian, .month, 10, "تشرين اول"),
           Row("ar", .gregorian, .month, 11, "تشرين ثاني"), Row("ar", .gregorian, .month, 1, "كانون ثاني"),
           Row("ar", .gregorian, .month, 12, "كانون اول")]

    /// Maghreb (Algeria and Tunisia: French-derived; Morocco: its own) Gregorian month names.
    static let maghreb: [Row] = [
        (1, "جانفي"), (2, "فيفري"), (4, "أفريل"), (5, "ماي"), (6, "جوان"), (7, "جويلية"), (8, "أوت"),
        (7, "يوليوز"), (8, "غشت"), (9, "شتنبر"), (11, "نونبر"), (12, "دجنبر"), (12, "ديسمبر"),
    ].map { Row("ar", .gregorian, .month, $0.0, $0.1) }

    /// Other common Arabic spellings of the Gregorian months.
    static let arabicSpellings: [Row] = [
        (4, "إبريل"), (8, "اغسطس"), (8, "أغسطس"), (10, "اكتوبر"), (6, "يونية"), (7, "يولية"),
    ].map { Row("ar", .gregorian, .month, $0.0, $0.1) }

    /// Hijri months as Arabic sources also write them (genitive ذي after a day, older forms).
    static let hijriArabic: [Row] = [
        (3, "ربيع الاول"), (4, "ربيع الثاني"), (5, "جمادى الاولى"), (5, "جمادى الأول"), (6, "جمادى الثانية"),
        (6, "جمادى الآخر"), (11, "ذي القعدة"), (12, "ذي الحجة"), (11, "ذو القعده"), (12, "ذو الحجه"),
    ].map { Row("ar", .islamicUmmAlQura, .month, $0.0, $0.1) }

    /// Hijri months in Latin transliteration, with the usual spellings (apostrophes, hyphens and
    /// spaces fold away, so `Rabi' al-Awwal` and `Rabi al Awwal` are one spelling).
    static let hijriTransliterated: [Row] = [
        (1, "Muharram"), (1, "Muharam"), (2, "Safar"), (2, "Saphar"),
        (3, "Rabi al-Awwal"), (3, "Rabi ul-Awwal"), (3, "Rabi al-Awal"), (3, "Rabi I"), (3, "Rabia al-Awwal"),
        (4, "Rabi al-Thani"), (4, "Rabi al-Akhir"), (4, "Rabi ul-Akhir"), (4, "Rabi ul-Thani"), (4, "Rabi II"),
        (4, "Rabia al-Thani"),
        (5, "Jumada al-Awwal"), (5, "Jumada al-Ula"), (5, "Jumada al-Oula"), (5, "Jumada I"), (5, "Jumadi al-Awwal"),
        (6, "Jumada al-Thani"), (6, "Jumada al-Akhirah"), (6, "Jumada al-Akhira"), (6, "Jumada al-Thaniyah"),
        (6, "Jumada II"), (6, "Jumadi al-Thani"),
        (7, "Rajab"), (8, "Sha'ban"), (8, "Shaaban"), (9, "Ramadan"), (9, "Ramadhan"), (9, "Ramazan"),
        (10, "Shawwal"), (10, "Shawal"),
        (11, "Dhu al-Qadah"), (11, "Dhu al-Qa'dah"), (11, "Dhu al-Qi'dah"), (11, "Dhul-Qadah"), (11, "Dhul-Qi'dah"),
        (11, "Dhu'l-Qa'dah"), (11, "Zul Qadah"), (11, "Dhu al-Qadah"),
        (12, "Dhu al-Hijjah"), (12, "Dhu al-Hijja"), (12, "Dhul-Hijjah"), (12, "Dhu'l-Hijjah"), (12, "Zul Hijjah"),
        (12, "Dhul Hijja"),
    ].map { Row("ar-Latn", .islamicUmmAlQura, .month, $0.0, $0.1) }

    /// Persian spellings of Gregorian months and weekdays that ICU does not list.
    static let persianSpellings: [Row] = [
        Row("fa", .gregorian, .month, 7, "جولای"), Row("fa", .gregorian, .month, 8, "آگوست"),
        Row("fa", .gregorian, .month, 2, "فبریه"), Row("fa", .gregorian, .month, 4, "آپریل"),
        Row("fa", .gregorian, .month, 6, "جون"), Row("fa", .gregorian, .month, 7, "ژوییه"),
        Row("fa", .gregorian, .weekday, 4, "چهار شنبه"), Row("fa", .gregorian, .weekday, 5, "پنج شنبه"),
    ]

    /// Abbreviations and regional forms in the European languages.
    static let europeanSpellings: [Row] = [
        Row("de", .gregorian, .month, 1, "Jänner"), Row("de", .gregorian, .month, 3, "Mrz"),
        Row("de", .gregorian, .month, 3, "Maerz"), Row("es", .gregorian, .month, 9, "setiembre"),
        Row("uk", .gregorian, .month, 9, "верес"), Row("ru", .gregorian, .month, 9, "сен"),
        Row("ru", .gregorian, .month, 6, "июн"), Row("ru", .gregorian, .month, 7, "июл"),
        Row("ru", .gregorian, .weekday, 1, "воскресение"),
    ]
}
