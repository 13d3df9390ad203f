package org.quire.model;

/** Where the user put a box on the thematic map: its top-left corner, in map units (pixels at 100%). */
public record MapPosition(MapElement element, double x, double y) {
}
