package com.bank.assistant.transfer.messaging;

import java.util.function.Consumer;

import com.bank.assistant.contracts.Envelope;
import com.bank.assistant.transfer.dialog.ConversationTurns;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the dialog to the slots topic. */
@Configuration(proxyBeanMethods = false)
class DialogFunctions {

	@Bean
	Consumer<Envelope> converse(ConversationTurns turns) {
		return turns::handle;
	}

}
