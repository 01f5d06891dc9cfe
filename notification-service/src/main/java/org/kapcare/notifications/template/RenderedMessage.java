package org.kapcare.notifications.template;

/** A message ready for a channel: a subject or title line, and the text. */
public record RenderedMessage(String subject, String body) {}
