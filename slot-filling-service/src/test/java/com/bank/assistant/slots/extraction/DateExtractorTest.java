package com.bank.assistant.slots.extraction;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Today is Monday 2026-03-16 unless a line says otherwise. */
class DateExtractorTest {

	private final DateExtractor extractor = new DateExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			hoje                     | 2026-03-16 | -
			amanhã                   | 2026-03-17 | -
			amanha                   | 2026-03-17 | -
			depois de amanhã         | 2026-03-18 | -
			na sexta                 | 2026-03-20 | -
			sexta-feira              | 2026-03-20 | -
			na segunda               | 2026-03-23 | -
			segunda que vem          | 2026-03-23 | -
			sábado                   | 2026-03-21 | -
			dia 20                   | 2026-03-20 | -
			dia 16                   | 2026-03-16 | -
			dia 10                   | 2026-04-10 | -
			semana que vem           | 2026-03-23 | -
			próxima semana           | 2026-03-23 | -
			today                    | 2026-03-16 | -
			tomorrow                 | 2026-03-17 | -
			the day after tomorrow   | 2026-03-18 | -
			on Friday                | 2026-03-20 | -
			next week                | 2026-03-23 | -
			on the 5th               | 2026-04-05 | -
			20/03                    | 2026-03-20 | -
			2026-05-01               | 2026-05-01 | -
			na sexta                 | 2026-06-05 | 2026-05-29
			amanhã                   | 2027-01-01 | 2026-12-31
			dia 30                   | 2026-03-30 | 2026-02-25
			dia 31                   | 2026-05-31 | 2026-04-10
			""")
	void resolvesAgainstTheRequestDay(String text, String date, String today) {
		LocalDate day = (today != null) ? LocalDate.parse(today) : Extracted.MONDAY;

		assertThat(Extracted.value(Extracted.by(this.extractor, text, day), "date")).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			a segunda parcela
			a quinta vez
			dia 40
			hojeee
			""")
	void ordinalsAndNonsenseAreNoDate(String text) {
		assertThat(Extracted.by(this.extractor, text)).isEmpty();
	}

}
