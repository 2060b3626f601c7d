package com.bank.assistant.slots.contacts;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContactMatcherTest {

	private static final List<Contact> CONTACTS = List.of(new Contact("Ana Souza", "ana.souza@example.com"),
			new Contact("Ana Lima", "+5511987654321"), new Contact("João Pedro", "12345678909"),
			new Contact("Luíza Sousa", "luiza@example.com"));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ana          | Ana Souza;Ana Lima
			ANA          | Ana Souza;Ana Lima
			Ana Souza    | Ana Souza
			ana sousa    | Ana Souza
			Ana  Lima    | Ana Lima
			ana lma      | ''
			joao         | João Pedro
			JOÃO PEDRO   | João Pedro
			joao pedor   | João Pedro
			joaoo        | João Pedro
			pedro        | João Pedro
			souza        | Ana Souza
			sousa        | Luíza Sousa
			luiza        | Luíza Sousa
			luisa        | Luíza Sousa
			an           | ''
			zé           | ''
			carla        | ''
			joana        | ''
			maria souza  | ''
			""")
	void matchesEveryWordIgnoringAccentsCaseAndTypos(String said, String expected) {
		assertThat(ContactMatcher.match(said, CONTACTS)).extracting(Contact::name)
			.containsExactly(expected.isEmpty() ? new String[0] : expected.split(";"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			a souza        | Ana Souza
			a da lima      | Ana Lima
			a ana          | Ana Souza;Ana Lima
			aquela         | ''
			""")
	void aWordOfTheTextMayChooseAmongCandidates(String text, String expected) {
		assertThat(ContactMatcher.matchAnyWord(text, CONTACTS.subList(0, 2))).extracting(Contact::name)
			.containsExactly(expected.isEmpty() ? new String[0] : expected.split(";"));
	}

}
