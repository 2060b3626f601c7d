package com.bank.assistant.gateway;

import java.time.Clock;

import com.bank.assistant.gateway.chat.ChatMessages;
import com.bank.assistant.gateway.chat.ChatService;
import com.bank.assistant.gateway.chat.Conversations;
import com.bank.assistant.gateway.chat.ReplyDesk;
import com.bank.assistant.gateway.chat.ReplyLog;
import com.bank.assistant.gateway.chat.TypingSignals;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the chat domain to its adapters. */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	@Bean
	ReplyDesk replyDesk(ReplyLog log, TypingSignals typing) {
		return new ReplyDesk(log, typing);
	}

	@Bean
	ChatService chatService(Conversations conversations, ChatMessages messages, ReplyDesk desk, Clock clock,
			GatewayProperties properties) {
		return new ChatService(conversations, messages, desk, clock, properties.turnTimeout());
	}

}
