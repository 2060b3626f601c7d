package com.bank.assistant.audit.trail;

/**
 * The first record at which a chain stops verifying.
 *
 * @param eventId the record's event id, or null when the chain's end is missing
 * @param sequence the record's sequence number as stored
 * @param reason what is wrong, in words
 * @param expectedHash the hash the chain calls for at this place
 * @param storedHash the hash stored at this place
 */
public record BrokenRecord(String eventId, long sequence, String reason, String expectedHash, String storedHash) {

}
