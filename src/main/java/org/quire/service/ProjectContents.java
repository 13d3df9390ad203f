package org.quire.service;

import java.util.List;
import org.quire.model.NodeTree;
import org.quire.model.Source;

/**
 * What the workbench shows as soon as a project opens: every source in reading order, every
 * folder (each after its parent) and the code book. The nodes' reference counts are not part of
 * it: they take longer and fill in after.
 *
 * @param sources  every source, in folder and name order
 * @param folders  every folder, each after its parent ("" is not listed)
 * @param codeBook the node tree
 */
public record ProjectContents(List<Source> sources, List<String> folders, NodeTree codeBook) {
    public ProjectContents {
        sources = List.copyOf(sources);
        folders = List.copyOf(folders);
    }
}
