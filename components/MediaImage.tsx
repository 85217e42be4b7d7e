import Image from 'next/image'

import type { Media } from '../payload-types'

type Props = {
  media: Media | number | string | null | undefined
  /** The `sizes` attribute: how wide the image is drawn, so phones download small files. */
  sizes: string
  priority?: boolean
  className?: string
  /** Beside a link or heading that says the same: hidden from screen readers (alt=""). */
  decorative?: boolean
}

/** An uploaded image through next/image, with its required alt text. */
export const MediaImage = ({ media, sizes, priority, className, decorative }: Props) => {
  if (!media || typeof media !== 'object' || !media.url || !media.width || !media.height) return null
  return (
    <Image
      src={media.url}
      alt={decorative ? '' : media.alt}
      width={media.width}
      height={media.height}
      sizes={sizes}
      // The largest image of the page (the lead story, an article's cover): fetched first and at
      // once. Next 16's `preload` adds the <link rel="preload">; the attributes tell the browser.
      preload={priority}
      loading={priority ? 'eager' : undefined}
      fetchPriority={priority ? 'high' : undefined}
      className={className}
    />
  )
}
