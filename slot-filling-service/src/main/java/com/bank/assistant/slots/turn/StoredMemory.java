package com.bank.assistant.slots.turn;

/**
 * A conversation's memory as read, with the version a later write must still find.
 *
 * @param memory the memory, {@link SlotMemory#EMPTY} when none is kept
 * @param version an opaque version of what was read, null when nothing was
 */
public record StoredMemory(SlotMemory memory, String version) {

}
