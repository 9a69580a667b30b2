-- "the U.S." and "the United States" are read as one word, "america" (ContentWords): the words
-- people type for the country stand for it too.
UPDATE synonym SET means = means || ' america'
    WHERE word IN ('us', 'usa', 'american', 'americans') AND ' ' || means || ' ' NOT LIKE '% america %';
