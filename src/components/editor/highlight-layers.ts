export interface LayeredSpan {
  id: string;
  start: number;
  end: number;
  layer: number;
}

/**
 * Puts overlapping spans on different layers (greedy interval colouring), so each layer can be its own
 * CSS highlight and overlaps show as stacked colours instead of merging into one.
 */
export function assignLayers(spans: readonly { id: string; start: number; end: number }[], maximumLayers = 3): LayeredSpan[] {
  const sorted = [...spans].sort((left, right) => left.start - right.start || right.end - left.end);
  const layerEnds: number[] = [];
  return sorted.map((span) => {
    let layer = layerEnds.findIndex((end) => end <= span.start);
    if (layer === -1) layer = layerEnds.length < maximumLayers ? layerEnds.length : maximumLayers - 1;
    layerEnds[layer] = Math.max(layerEnds[layer] ?? 0, span.end);
    return { ...span, layer };
  });
}
