package com.storeboard.orders;

import java.util.UUID;

/** Where a stored line came from: metadata, excluded from digests (DATA.md §4.10). */
public record LineSource(UUID importId, String sourceFile, int sourceRow) {
}
