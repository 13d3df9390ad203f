package org.quire.service;

import java.util.List;
import org.quire.model.NodeTree;
import org.quire.model.Source;

/**
 * What the Sources pane and the code book show: sources in reading order, every folder (each after
 * its parent) and the code book; either all of them or, for the first screen of a big project, the
 * first rows of each (see {@code Project.firstScreen()}). The nodes' reference counts are not part
 * of it: they take longer and fill in after.
 *
 * @param sources  sources in folder and name order: every source, or the first ones when not complete
 * @param folders  every folder, each after its parent ("" is not listed)
 * @param codeBook the node tree: every node, or the first ones depth first (with their ancestors)
 * @param complete whether every source and every node is here
 */
public record ProjectContents(List<Source> sources, List<String> folders, NodeTree codeBook, boolean complete) {
    public ProjectContents {
        sources = List.copyOf(sources);
        folders = List.copyOf(folders);
    }
}
