package com.bank.assistant.slots.frame;

import com.bank.assistant.contracts.event.SlotValue;

/**
 * One value of the frame and the turn that set it.
 *
 * @param value the value, its span in the message that set it
 * @param turn the correlation id of that message
 */
public record FrameSlot(SlotValue value, String turn) {

}
