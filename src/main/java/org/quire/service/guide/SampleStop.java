package org.quire.service.guide;

/**
 * Where the sample project shows a phase done: {@code says} in words, and the object to open in
 * the sample ({@code kind} and {@code name}: a source's name, a node's path or a theme's name).
 */
public record SampleStop(String says, Target.Kind kind, String name) {
}
