package com.bank.assistant.policy.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.bank.assistant.policy.rules.InvalidRulesException;
import com.bank.assistant.policy.rules.RuleBook;
import com.bank.assistant.policy.rules.RuleSet;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules in force and their history; {@code PUT /rules} with a YAML document stores
 * and publishes the next version, or answers 400 with every problem found.
 */
@RestController
class RulesController {

	private final RuleBook book;

	RulesController(RuleBook book) {
		this.book = book;
	}

	@GetMapping("/rules")
	RulesView current() {
		return RulesView.of(this.book.current());
	}

	@GetMapping("/rules/history")
	List<RulesView> history() {
		return this.book.history().stream().map(RulesView::of).toList();
	}

	@PutMapping(path = "/rules", consumes = { "application/yaml", "application/x-yaml", MediaType.TEXT_PLAIN_VALUE })
	RulesView change(@RequestBody String document,
			@RequestHeader(name = "X-Changed-By", defaultValue = "anonymous") String changedBy) {
		return RulesView.of(this.book.change(document, changedBy));
	}

	@ExceptionHandler(InvalidRulesException.class)
	ResponseEntity<Map<String, Object>> refused(InvalidRulesException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("problems", ex.problems()));
	}

	/**
	 * One version of the rules as shown.
	 *
	 * @param version the version label, such as {@code rules-3}
	 * @param document the YAML document
	 * @param changedBy who stored it
	 * @param changedAt when
	 */
	record RulesView(String version, String document, String changedBy, Instant changedAt) {

		static RulesView of(RuleSet rules) {
			return new RulesView(rules.label(), rules.document(), rules.changedBy(), rules.changedAt());
		}

	}

}
