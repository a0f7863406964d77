import Testing

@testable import OKRImport

@Suite struct CSVReaderTests {
    @Test func readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        let table = CSVReader.read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n,,\r\n")
        #expect(table.problems.isEmpty)
        #expect(table.records == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\r\nlines"], ["", "", ""]])
    }

    @Test func takesLFAndCRLineEndsAByteOrderMarkAndNoFinalLineEnd() {
        #expect(CSVReader.read("\u{FEFF}a,b\nc,d\r\ne,f").records == [["a", "b"], ["c", "d"], ["e", "f"]])
        #expect(CSVReader.read("a,b\rc,d\r").records == [["a", "b"], ["c", "d"]])
    }

    @Test func keepsSpacesAndEmptyFieldsAsWritten() {
        #expect(CSVReader.read("a,b,c\n  x ,,\n").records[1] == ["  x ", "", ""])
    }

    @Test func namesTheRowAndColumnOfAStrayQuote() {
        let table = CSVReader.read("Goal,KR\nfine,\"also fine\"\nbad,say \"hi\"\nok,ok\n")
        #expect(table.problems.map(\.line) == [3])
        #expect(table.problems.first?.column == "KR")
        #expect(table.records.count == 4, "the rows after it are still read")
    }

    @Test func namesTextAfterAClosingQuote() {
        let table = CSVReader.read("Goal,KR\n\"closed\"tail,x\n")
        #expect(table.problems.map(\.line) == [2])
        #expect(table.problems.first?.column == "Goal")
        #expect(table.problems.first?.message.contains("closing quote") == true)
    }

    @Test func anUnterminatedQuoteNamesTheRowWhereItOpened() {
        let table = CSVReader.read("Goal,KR\nok,ok\nstart,\"never closed\nmore\nlines\n")
        #expect(table.problems.count == 1)
        #expect(table.problems.first?.line == 3)
        #expect(table.problems.first?.column == "KR")
        #expect(table.problems.first?.message.contains("line 3 of the file") == true)
    }

    @Test func aRowNumberCountsRecordsNotLines() {
        let table = CSVReader.read("a,b\n\"one\ntwo\",x\nbad\"quote,y\n")
        #expect(table.problems.map(\.line) == [3], "row 2 spans two lines of the file and is still one row")
    }

    /// A sheet saved as Latin-1 or Windows-1252: its "é" is one byte that is not UTF-8.
    @Test func namesTheFieldsWhoseBytesAreNotUTF8() {
        let bytes = Array("Goal,KR,Owner\nCaf".utf8) + [0xE9] + Array(" team,ok,Ana\nok,ok,Ren".utf8) + [0xE9, 0xE9] + Array("\n".utf8)
        let table = CSVReader.read(bytes)
        #expect(table.problems.map(\.line) == [2, 3])
        #expect(table.problems.map(\.column) == ["Goal", "Owner"])
        #expect(table.problems.first?.message.contains("not UTF-8") == true)
        #expect(table.records[1][0] == "Caf\u{FFFD} team", "the field is read with the replacement in place")
    }

    /// A U+FFFD the sheet really holds is text like any other, not a sign of a wrong encoding.
    @Test func aReplacementCharacterWrittenInUTF8IsNoProblem() {
        let table = CSVReader.read("Goal,KR\nUnknown \u{FFFD} sign,ok\n")
        #expect(table.problems.isEmpty)
        #expect(table.records[1][0] == "Unknown \u{FFFD} sign")
    }

    @Test func readsSemicolonAndTabSeparatedSheets() {
        #expect(CSVReader.read("Goal;KR;Target\nA;B, with comma;4,2\n").records[1] == ["A", "B, with comma", "4,2"])
        #expect(CSVReader.read("Goal\tKR\nA\tB\n").records[1] == ["A", "B"])
        #expect(CSVReader.read("Goal,\"a;b;c\"\nx,y\n").records[0] == ["Goal", "a;b;c"], "separators inside quotes do not count")
    }
}
