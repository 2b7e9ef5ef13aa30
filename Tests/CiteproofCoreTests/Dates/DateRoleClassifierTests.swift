import Testing
@testable import CiteproofCore

@Suite struct DateRoleClassifierTests {
    let classifier = DateRoleClassifier()
    let scanner = DateScanner(referenceDate: CalendarDate(year: 2021, month: 4, day: 4))

    func roles(_ note: String) -> [String: DateRole] {
        Dictionary(uniqueKeysWithValues: classifier.classify(note: note, scanner: scanner).map { ($0.mention.text, $0.role) })
    }

    @Test func seedNoteSevenSeparatesTheTweetTheEventAndTheClip() {
        let note = """
            Twitter.com/ELNAZ16424879, April 3, 2021. Nasrallah made a similar remark in response to the January 3, 2020 \
            assassination of Iranian commander Qassem Soleimani and the deputy commander of the Popular Mobilization Units \
            (PMU), Abu Mahdi Al-Muhandis.  See MEMRI TV Clip No. 7700, "Hizbullah Sec.-Gen. Hassan Nasrallah: Everyone in \
            the Region Should Seek Retribution; Trump will Lose the Elections when U.S. Troops Arrive in Coffins; \
            Soleimani’s Shoe is Worth Trump’s Head," January 5, 2020.
            """
        #expect(roles(note) == ["April 3, 2021": .citation, "January 3, 2020": .event, "January 5, 2020": .citation])
    }

    @Test(arguments: [
        "Al-Rafidain.news, April 4, 2021.", "Ahlulhaq.com, April 2, 2021.", "Telegram.me/centerkaf, April 3, 2021.",
        "See e.g., Twitter.com/KM94310, April 3, 2021.", "Twitter.com/mernashamari, April 3, 2020.",
    ])
    func seedNotesDateTheirSource(_ note: String) throws {
        let classified = classifier.classify(note: note, scanner: scanner)
        #expect(classified.count == 1)
        #expect(try #require(classified.first).role == .citation)
    }

    @Test func accessDatesAndPublicationVerbs() {
        #expect(roles("Al-Rafidain.news, April 2, 2021. Accessed May 1, 2021.") == [
            "April 2, 2021": .citation, "May 1, 2021": .accessed,
        ])
        #expect(roles("The clip, retrieved on May 1, 2021.")["May 1, 2021"] == .accessed)
        #expect(roles("A video posted on April 3, 2021 by the militia.")["April 3, 2021"] == .citation)
        #expect(roles("(source: Telegram.me/ Qais_alkhazali, April 2, 2021)")["April 2, 2021"] == .citation)
    }

    @Test func eventsAndQuotations() {
        #expect(roles("Nasrallah said on April 3, 2021, that the talks were pointless.")["April 3, 2021"] == .event)
        #expect(roles("The channel has been active since April 2021.")["April 2021"] == .event)
        #expect(roles("“The attack of April 3, 2021,” Reuters, April 5, 2021.") == [
            "April 3, 2021": .context, "April 5, 2021": .citation,
        ])
    }
}
