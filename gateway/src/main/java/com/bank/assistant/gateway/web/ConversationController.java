package com.bank.assistant.gateway.web;

import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.gateway.chat.ChatService;
import com.bank.assistant.gateway.chat.ReplyPosition;
import com.bank.assistant.gateway.web.ChatResponses.ConversationCreated;
import com.bank.assistant.gateway.web.ChatResponses.MessageAccepted;
import com.bank.assistant.gateway.web.ChatResponses.MessageAnswered;
import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chat API. The customer is always the access token's subject.
 */
@RestController
@RequestMapping("/api/conversations")
class ConversationController {

	private final ChatService chat;

	ConversationController(ChatService chat) {
		this.chat = chat;
	}

	@PostMapping
	Mono<ResponseEntity<ConversationCreated>> start(@AuthenticationPrincipal Jwt token) {
		return this.chat.start(customer(token))
			.map((conversation) -> ResponseEntity.status(HttpStatus.CREATED)
				.body(new ConversationCreated(conversation.id().value())));
	}

	@PostMapping("/{id}/messages")
	Mono<ResponseEntity<Object>> post(@PathVariable String id, @RequestParam(defaultValue = "true") boolean wait,
			@Valid @RequestBody MessageRequest message, @AuthenticationPrincipal Jwt token) {
		if (!wait) {
			return this.chat.post(new ConversationId(id), customer(token), message.text(), message.locale())
				.map((messageId) -> ResponseEntity.accepted().body(new MessageAccepted(id, messageId.value())));
		}
		return this.chat.ask(new ConversationId(id), customer(token), message.text(), message.locale())
			.map((reply) -> ResponseEntity.ok(MessageAnswered.of(reply)));
	}

	@GetMapping("/{id}/events")
	Mono<ResponseEntity<Flux<ServerSentEvent<Object>>>> events(@PathVariable String id,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@AuthenticationPrincipal Jwt token) {
		ReplyPosition after = ConversationEvents.resumeAfter(lastEventId);
		return this.chat.follow(new ConversationId(id), customer(token), after)
			.map((feed) -> ResponseEntity.ok()
				.contentType(MediaType.TEXT_EVENT_STREAM)
				.body(ConversationEvents.of(feed)));
	}

	private static CustomerId customer(Jwt token) {
		return new CustomerId(token.getSubject());
	}

}
