package com.bank.assistant.transfer.web;

import java.net.URI;

import com.bank.assistant.contracts.ids.ConversationId;
import com.bank.assistant.contracts.ids.CustomerId;
import com.bank.assistant.transfer.dialog.StepUpResult;
import com.bank.assistant.transfer.dialog.StepUps;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/conversations/{id}/step-up} with {@code {"pin": "1234"}}: the app's
 * PIN pad, for the transfer waiting for a second factor in that conversation. 204 when
 * the PIN is right (the customer then says yes in the chat), 403 problem+json when it is
 * wrong or locked, 409 when nothing waits for a PIN. The customer is the token's subject.
 */
@RestController
class StepUpController {

	private final StepUps stepUps;

	StepUpController(StepUps stepUps) {
		this.stepUps = stepUps;
	}

	@PostMapping("/api/conversations/{conversationId}/step-up")
	ResponseEntity<?> stepUp(@PathVariable String conversationId, @Valid @RequestBody PinRequest request,
			@AuthenticationPrincipal Jwt token) {
		StepUpResult result = this.stepUps.verify(new ConversationId(conversationId),
				new CustomerId(token.getSubject()), request.pin());
		if (result == StepUpResult.PASSED) {
			return ResponseEntity.noContent().build();
		}
		HttpStatus status = (result == StepUpResult.NOTHING_PENDING) ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(result));
		problem.setType(URI.create("https://bank.example/problems/step-up-" + result.name().toLowerCase()));
		problem.setTitle("Step-up not passed");
		return ResponseEntity.status(status).body(problem);
	}

	private static String detail(StepUpResult result) {
		switch (result) {
			case WRONG_PIN:
				return "The transaction PIN is wrong.";
			case LOCKED:
				return "Too many wrong PINs: this transfer can no longer be authorized. Start it again.";
			default:
				return "No transfer of yours is waiting for a PIN in this conversation.";
		}
	}

	/**
	 * The PIN the customer typed.
	 *
	 * @param pin four to six digits
	 */
	record PinRequest(@NotNull @Pattern(regexp = "\\d{4,6}") String pin) {

	}

}
