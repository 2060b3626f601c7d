package com.bank.assistant.audit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.bank.assistant.audit.trail.RecordQuery;
import com.bank.assistant.audit.trail.TrailSearch;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Searches across conversations: a customer's transfers, refusals and blocks by reason,
 * and the export of a period as JSON lines. Periods are [from, to), ISO-8601 instants,
 * either end optional.
 */
@RestController
class SearchController {

	private final TrailSearch search;

	private final PiiAccess pii;

	private final JsonMapper json;

	SearchController(TrailSearch search, PiiAccess pii, JsonMapper json) {
		this.search = search;
		this.pii = pii;
		this.json = json;
	}

	@GetMapping("/transfers")
	List<TrailEntry> transfers(@RequestParam String customer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(defaultValue = "false") boolean reveal, Authentication caller) {
		this.pii.authorize(caller, reveal, "transfers of customer " + customer);
		return this.search.transfers(customer, from, to)
			.stream()
			.map((record) -> this.pii.entry(record, reveal))
			.toList();
	}

	@GetMapping("/blocks")
	List<TrailEntry> blocks(@RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
		return this.search.blocks(reason, from, to).stream().map(TrailEntry::of).toList();
	}

	@GetMapping("/blocks/reasons")
	Map<String, Long> blockReasons(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
		return this.search.blockReasons(from, to);
	}

	@GetMapping("/export")
	ResponseEntity<StreamingResponseBody> export(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(required = false) String conversation, @RequestParam(required = false) String customer,
			@RequestParam(required = false) Set<String> type, @RequestParam(defaultValue = "false") boolean reveal,
			Authentication caller) {
		RecordQuery query = new RecordQuery(conversation, customer, type, from, to, null);
		this.pii.authorize(caller, reveal, "export of " + query);
		StreamingResponseBody body = (out) -> this.search.export(query,
				(record) -> writeLine(out, this.pii.entry(record, reveal)));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_NDJSON).body(body);
	}

	private void writeLine(OutputStream out, TrailEntry entry) {
		try {
			out.write(this.json.writeValueAsBytes(entry));
			out.write("\n".getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
