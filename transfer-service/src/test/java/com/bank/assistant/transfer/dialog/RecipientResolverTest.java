package com.bank.assistant.transfer.dialog;

import com.bank.assistant.transfer.ledger.Contact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientResolverTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ana        | Ana Souza;Ana Lima
			ANA        | Ana Souza;Ana Lima
			ana souza  | Ana Souza
			Ana  Lima  | Ana Lima
			joao       | João Pedro
			JOÃO PEDRO | João Pedro
			pedro      | ''
			zé         | ''
			""")
	void matchesFullOrFirstNameIgnoringAccentsAndCase(String said, String expected) {
		assertThat(RecipientResolver.resolve(said, StubLedger.DEMO_CONTACTS)).extracting(Contact::name)
			.containsExactly(expected.isEmpty() ? new String[0] : expected.split(";"));
	}

}
