import type { Story, StoryStep } from "./buildStory.ts";

/** Returns every step of a story, in reading order, across its scrolly sections. */
export function storySteps(story: Story): StoryStep[] {
  return story.sections.flatMap((s) => (s.kind === "scrolly" ? s.steps : []));
}
