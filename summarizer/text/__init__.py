"""Text as text: cleanup, the sentence splitter, language detection, fast character scans."""
